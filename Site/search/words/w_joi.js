BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,4w,1n,8;5m"
});
