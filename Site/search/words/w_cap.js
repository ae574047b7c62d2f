BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7t",
"capitale":"3v,3w,7,1",
"capitales":"0",
"capture":"4h,k,2r,1;51"
});
