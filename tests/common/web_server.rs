//! A small HTTP/1.1 server on 127.0.0.1 for the tests that fetch: each test starts its own
//! with a function from the path asked (and how many times it was asked) to the answer, so
//! nothing in `cargo test` reaches outside the machine.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server answers to one request.
pub enum Reply {
    /// A status, headers and a body.
    Page {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Wait this long before answering 200 with a short page.
    Slow(Duration),
    /// 200 and a body that never ends.
    Endless,
}

impl Reply {
    /// 200 with `content_type` and `body`.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Page {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }

    /// 200, an HTML page in UTF-8.
    pub fn html(body: &str) -> Reply {
        Reply::ok("text/html; charset=utf-8", body)
    }

    /// A status with a short body.
    pub fn status(status: u16) -> Reply {
        Reply::Page {
            status,
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: format!("status {status}").into_bytes(),
        }
    }

    /// A redirect (`status` 301, 302, 303, 307 or 308) to `location`.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::Page {
            status,
            headers: vec![("Location".into(), location.into())],
            body: Vec::new(),
        }
    }
}

/// One request as the server read it.
pub struct Request {
    /// `GET`, `POST`…
    pub method: String,
    /// The path and query.
    pub path: String,
    /// The request line and headers.
    pub head: String,
    /// The body (a form, for a POST).
    pub body: Vec<u8>,
}

impl Request {
    /// The value of header `name` (any case), when sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

type Routes = dyn Fn(&Request, usize) -> Reply + Send + Sync;

/// A running server.
pub struct WebServer {
    port: u16,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    /// The request headers of each request, in order, for tests of what is sent.
    requests: Arc<Mutex<Vec<String>>>,
}

impl WebServer {
    /// Start a server answering with `routes(path, times_asked_before)`.
    pub fn start(routes: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> WebServer {
        Self::start_with_requests(move |request, count| routes(&request.path, count))
    }

    /// Start a server answering with `routes(request, times_its_path_was_asked_before)`.
    pub fn start_with_requests(
        routes: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> WebServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(Mutex::new(HashMap::new()));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let routes: Arc<Routes> = Arc::new(routes);
        let (h, r) = (Arc::clone(&hits), Arc::clone(&requests));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (routes, hits, requests) =
                    (Arc::clone(&routes), Arc::clone(&h), Arc::clone(&r));
                std::thread::spawn(move || serve(stream, &*routes, &hits, &requests));
            }
        });
        WebServer {
            port,
            hits,
            requests,
        }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// How many times `path` was asked for.
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    /// The head of every request received so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(
    stream: TcpStream,
    routes: &Routes,
    hits: &Mutex<HashMap<String, usize>>,
    requests: &Mutex<Vec<String>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut head = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        head.push_str(&line);
        if line == "\r\n" || line == "\n" {
            break;
        }
    }
    let method = head.split_whitespace().next().unwrap_or("GET").to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut request = Request {
        method,
        path: path.clone(),
        head,
        body: Vec::new(),
    };
    let length = request
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0)
        .min(1 << 20);
    let mut body = vec![0; length];
    if std::io::Read::read_exact(&mut reader, &mut body).is_err() {
        return;
    }
    request.body = body;
    requests.lock().unwrap().push(request.head.clone());
    let count = {
        let mut hits = hits.lock().unwrap();
        let count = hits.entry(path.clone()).or_insert(0);
        *count += 1;
        *count - 1
    };
    let mut stream = stream;
    match routes(&request, count) {
        Reply::Page {
            status,
            headers,
            body,
        } => {
            let mut out = format!(
                "HTTP/1.1 {status} Status\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (name, value) in headers {
                out.push_str(&format!("{name}: {value}\r\n"));
            }
            out.push_str("\r\n");
            let _ = stream.write_all(out.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Slow(delay) => {
            std::thread::sleep(delay);
            let body = "<p>Late.</p>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
        Reply::Endless => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n",
            );
            let chunk = vec![b'a'; 64 * 1024];
            while stream.write_all(&chunk).is_ok() {}
        }
    }
}
