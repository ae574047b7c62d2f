BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3w,3q",
"three":"7a,8,2",
"through":"5n,1j,8"
});
