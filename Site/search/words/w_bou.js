BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,43,g,1",
"boucliers":"7d,7"
});
