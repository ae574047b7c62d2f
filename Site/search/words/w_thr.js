BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3x,3p",
"three":"7a,8,2",
"through":"5q,1g,8"
});
