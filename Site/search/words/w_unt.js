BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"6c,1n",
"until":"4r,30,4,a"
});
