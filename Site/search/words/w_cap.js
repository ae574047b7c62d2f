BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7s",
"capitale":"3v,3v,7,1",
"capitales":"0",
"capture":"4g,k,2r,1;50"
});
