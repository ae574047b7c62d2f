BRIEFINGS_SEARCH_WORDS("thr",{
"thrace":"3k,1",
"threatened":"4j,3o",
"three":"7v,8,2",
"through":"6b,1g,8"
});
