BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"38",
"certains":"3g,14,2z,5;3g"
});
