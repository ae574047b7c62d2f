BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"37",
"capital":"7k",
"capitale":"3p,5,3o,7,1",
"capitales":"0",
"capture":"4b,k,2o,1;4v"
});
