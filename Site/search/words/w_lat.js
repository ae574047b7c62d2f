BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7j",
"later":"6i,s,7",
"lattaquie":"1,37,2,3w,1"
});
