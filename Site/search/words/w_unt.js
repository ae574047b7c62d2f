BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5q,1n",
"until":"44,31,4,a"
});
