BRIEFINGS_SEARCH_WORDS("unt",{
"untenable":"5w,1u",
"until":"47,22,19,4,a"
});
