BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,3s,g,1",
"boucliers":"72,7"
});
