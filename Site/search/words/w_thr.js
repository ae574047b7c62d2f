BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3w,3s",
"three":"7c,8,2",
"through":"5p,1j,8"
});
