BRIEFINGS_SEARCH_WORDS("bal",{
"baliyun":"1",
"balyun":"1,6x,4,u,1"
});
