BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5q,1q",
"until":"44,34,4,a"
});
