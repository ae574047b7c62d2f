BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,34,2s,5;1o,34",
"lendemain":"3f,4c,8;3f"
});
