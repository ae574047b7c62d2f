BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5q,1n",
"until":"45,30,4,a"
});
