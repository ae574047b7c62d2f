BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7h",
"capitale":"3p,5,3l,7,1",
"capitales":"0",
"capture":"4b,k,2l,1;4v"
});
