BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,41,f,1",
"boucliers":"7a,7"
});
