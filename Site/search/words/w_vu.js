BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"5q,2b;5q"
});
