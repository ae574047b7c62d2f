BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5o,1q",
"until":"44,32,4,a"
});
