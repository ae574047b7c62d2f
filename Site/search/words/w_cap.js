BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7u",
"capitale":"3v,3x,7,1",
"capitales":"0",
"capture":"4h,k,2s,1;51"
});
