BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"38",
"certains":"3g,16,2w,5;3g"
});
