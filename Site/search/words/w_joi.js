BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,4w,1q,8;5m"
});
