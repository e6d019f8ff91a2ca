# pyco --dis: `yield from` and `await` compile to the same SEND loop, and a
# try/except gets an exception table (code object addresses are masked).
cat > /tmp/pyco_dis_send_loop.py <<'PY'
def delegate(it):
    return (yield from it)

async def wait(aw):
    try:
        return await aw
    except ValueError as e:
        return e
PY
$PYCO --dis /tmp/pyco_dis_send_loop.py | sed 's/0x[0-9a-f]*/0x.../g; s#/tmp/##'
rm -f /tmp/pyco_dis_send_loop.py
