BRIEFINGS_SEARCH_WORDS("evg",{
"evgueni":"1d"
});
