BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"23,b,41,1e,5;6f"
});
