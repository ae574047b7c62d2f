BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,34,2u,5;1o,34",
"lendemain":"3f,4e,8;3f"
});
