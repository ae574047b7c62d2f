BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5w,1v",
"until":"4a,20,19,4,a"
});
