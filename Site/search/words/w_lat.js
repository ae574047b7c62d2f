BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7u",
"later":"6s,t,7",
"lattaquie":"1,36,2,48,1"
});
