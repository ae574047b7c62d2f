BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"3v",
"certains":"43,15,2w,5;43"
});
