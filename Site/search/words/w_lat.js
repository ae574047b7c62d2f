BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7j",
"later":"6i,s,7",
"lattaquie":"1,36,2,3x,1"
});
