BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7v",
"capitale":"3v,2,3w,7,1",
"capitales":"0",
"capture":"4h,k,2t,1;51"
});
