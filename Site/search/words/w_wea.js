BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3w,3e,8,4",
"weather":"4u,2n"
});
