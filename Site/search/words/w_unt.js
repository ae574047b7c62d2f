BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5v,1t",
"until":"49,1z,18,4,a"
});
