BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7v",
"later":"6t,t,7",
"lattaquie":"1,36,2,49,1"
});
