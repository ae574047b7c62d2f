BRIEFINGS_SEARCH_WORDS("ghe",{
"ghebreyesus":"2c"
});
