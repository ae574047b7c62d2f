BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,10,f,5,3p,g,1",
"boucliers":"70,7"
});
