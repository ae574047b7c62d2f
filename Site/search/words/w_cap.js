BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"38",
"capital":"7h",
"capitale":"3q,5,3k,7,1",
"capitales":"0",
"capture":"4c,j,2l,1;4v"
});
