BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,42,f,1",
"boucliers":"7b,7"
});
