BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"6r,i",
"negociation":"1u",
"negociations":"6,2i,46,1,d",
"negocie":"24,i,j,4,1",
"negociee":"3a",
"negotiating":"7i"
});
