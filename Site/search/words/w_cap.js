BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7i",
"capitale":"3p,5,3m,7,1",
"capitales":"0",
"capture":"4b,i,2o,1;4t"
});
