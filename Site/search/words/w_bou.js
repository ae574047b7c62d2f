BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,10,f,5,49,h,1",
"boucliers":"7l,7"
});
