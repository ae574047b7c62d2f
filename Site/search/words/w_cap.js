BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"38",
"capital":"7i",
"capitale":"3q,5,3l,7,1",
"capitales":"0",
"capture":"4c,k,2l,1;4w"
});
