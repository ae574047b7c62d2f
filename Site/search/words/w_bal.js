BRIEFINGS_SEARCH_WORDS("bal",{
"baliyun":"1",
"balyun":"1,6l,6,w,1"
});
