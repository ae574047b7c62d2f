BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,34,2t,5;1o,34",
"lendemain":"3f,20,2d,8;3f"
});
