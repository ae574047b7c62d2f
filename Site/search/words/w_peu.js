BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"4k,3m;4k",
"peut":"22,1t;3v",
"peuvent":"2n"
});
