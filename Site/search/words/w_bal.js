BRIEFINGS_SEARCH_WORDS("bal",{
"baliyun":"1",
"balyun":"1,69,6,v,1"
});
