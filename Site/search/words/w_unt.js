BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5w,1t",
"until":"47,22,18,4,a"
});
