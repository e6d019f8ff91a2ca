# The seed tutorial's serial crawler, without the real sleeping.
def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time = int(url.split('_')[-1])
    print('OK {} after {}s'.format(url, sleep_time))
    return sleep_time
def main(urls):
    total = 0
    for url in urls:
        total += crawl_page(url)
    return total
print('Wait all time: {:.2f}s'.format(main(['url_1', 'url_2', 'url_3', 'url_4'])))
